/* JSON strings from traced programs' bytes: invalid UTF-8 (thread names and paths may be any bytes) becomes U+FFFD. */
#include "report_internal.h"

#include "json_writer.h"

#include <stdlib.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when it is not one. */
static size_t utf8_len(const unsigned char *s)
{
    if (s[0] < 0x80)
        return 1;
    size_t n = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 && s[0] < 0xe0 ? 2 : 0;
    if (!n)
        return 0;
    for (size_t k = 1; k < n; k++)
        if ((s[k] & 0xc0) != 0x80)
            return 0;
    /* Overlong 3/4-byte forms, surrogates and code points above U+10FFFF. */
    if (n == 3 && ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0)))
        return 0;
    if (n == 4 && ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90)))
        return 0;
    return n;
}

void weft__json_text(struct weft_json *j, const char *s)
{
    if (!s) {
        weft_json_null(j);
        return;
    }
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, n = strlen(s), k;
    while (i < n && (k = utf8_len(u + i)))
        i += k;
    if (i == n) {
        weft_json_strn(j, s, n);
        return;
    }
    /* Rare: copy with each invalid byte replaced by U+FFFD (3 bytes). */
    char *fixed = malloc(n * 3 + 1);
    if (!fixed) {
        weft_json_null(j);
        return;
    }
    size_t o = 0;
    for (i = 0; i < n;) {
        k = utf8_len(u + i);
        if (k) {
            memcpy(fixed + o, s + i, k);
            o += k;
            i += k;
        } else {
            memcpy(fixed + o, "\xef\xbf\xbd", 3);
            o += 3;
            i++;
        }
    }
    weft_json_strn(j, fixed, o);
    free(fixed);
}
