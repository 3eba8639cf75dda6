#!/usr/bin/env python3
"""Turns China's 2023 statistical division tables into newskg's gazetteer resource.

Source: the National Bureau of Statistics' 统计用区划代码和城乡划分代码 (2023-06-30), as the four
CSV tables of modood/Administrative-divisions-of-China (dist/, WTFPL) in ../shared/data/divisions/.

usage: scripts/divisions.py [DIVISIONS_DIR] [OUT_TSV]
Writes one row a division: code, level (province, city, county, town), official name, the code of
the division it belongs to, and its short names (space separated): 威海市 → 威海, 江华瑶族自治县 → 江华,
环翠区 → 环翠; a short name of one character is none. A municipality (北京市) is a province and its
own city; counties the province governs directly (济源市) belong to the province.
"""
import csv
import os
import re
import sys

ETHNIC = ("朝鲜族 土家族 苗族 藏族 羌族 彝族 布依族 侗族 壮族 哈尼族 傣族 白族 景颇族 傈僳族 回族 蒙古族 蒙古 "
          "柯尔克孜 哈萨克 瑶族 畲族 满族 黎族 仫佬族 毛南族 仡佬族 水族 纳西族 土族 撒拉族 保安族 东乡族 裕固族 "
          "达斡尔族 鄂温克族 鄂伦春族 锡伯族 塔吉克 维吾尔 各族 拉祜族 佤族 普米族 独龙族 怒族 阿昌族 德昂族 "
          "基诺族 布朗族 京族 哈萨克族 塔吉克族 维吾尔族 柯尔克孜族").split()
ETHNIC.sort(key=len, reverse=True)


def strip_ethnic(name):
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            if name.endswith(e) and len(name) > len(e) + 1:
                name = name[: -len(e)]
                changed = True
    return name


def short_names(name, level):
    out = []
    base = name
    m = re.fullmatch(r"(.+?)(自治区|自治州|自治县|自治旗)", name)
    if m:
        base = strip_ethnic(m.group(1))
        out.append(base)
        if m.group(2) in ("自治县", "自治旗"):
            out.append(base + m.group(2)[-1])     # 江华瑶族自治县 is also 江华县
    elif level == "province":
        base = re.sub(r"(省|市)$", "", name)
        out.append(base)
    elif level == "city":
        out.append(re.sub(r"(市|地区|盟)$", "", name))
    elif level == "county":
        out.append(re.sub(r"(新区|县|区|市|旗)$", "", name))     # 浦东新区 → 浦东, not 浦东新
    elif level == "town":
        out.append(re.sub(r"(街道办事处|街道|镇|乡|苏木)$", "", name))
    return sorted({s for s in out if len(s) >= 2 and s != name})


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(argv):
    src = argv[0] if argv else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "divisions")
    out_path = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources",
                                                         "newskg", "resolve", "divisions.tsv")
    out = []
    provinces = {r["code"]: r["name"] for r in rows(os.path.join(src, "provinces.csv"))}
    for code, name in provinces.items():
        out.append((code, "province", name, "", short_names(name, "province")))
    # a municipality's 市辖区 and a province's 直辖县级行政区划 are no cities: their counties are the province's
    city_of = {}
    for r in rows(os.path.join(src, "cities.csv")):
        if r["name"] in ("市辖区", "县") or r["name"].endswith("直辖县级行政区划"):
            city_of[r["code"]] = r["provinceCode"]
            continue
        city_of[r["code"]] = r["code"]
        out.append((r["code"], "city", r["name"], r["provinceCode"], short_names(r["name"], "city")))
    for r in rows(os.path.join(src, "areas.csv")):
        if r["name"] == "市辖区":
            continue
        out.append((r["code"], "county", r["name"], city_of.get(r["cityCode"], r["provinceCode"]),
                    short_names(r["name"], "county")))
    for r in rows(os.path.join(src, "streets.csv")):
        out.append((r["code"], "town", r["name"], r["areaCode"], short_names(r["name"], "town")))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# China's statistical divisions (NBS 统计用区划代码和城乡划分代码, 2023-06-30), made by scripts/divisions.py\n")
        f.write("# code\tlevel\tname\tparent code\tshort names\n")
        for code, level, name, parent, shorts in out:
            f.write(f"{code}\t{level}\t{name}\t{parent}\t{' '.join(shorts)}\n")
    print(f"{out_path}: {len(out)} divisions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
