/* TRUTH: race-free. main runs the stages one after the other: it creates the parser thread, joins it, then creates the two renderer threads (which only read 'doc' and write their own half of 'out') and joins them; 'doc' is written only by the parser and by main before/after the threads that could conflict are joined. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <ctype.h>

#define MAXW 16

struct document {
    int nwords;
    char words[MAXW][12];
};

static struct document doc;
static char out[2][128];
static const char *source = "the quick brown fox jumps over the lazy dog again";

static void *parser(void *arg)
{
    const char *p = arg;
    doc.nwords = 0;
    while (*p && doc.nwords < MAXW) {
        while (*p == ' ')
            p++;
        int n = 0;
        while (*p && *p != ' ' && n < 11)
            doc.words[doc.nwords][n++] = *p++;
        doc.words[doc.nwords][n] = '\0';
        if (n)
            doc.nwords++;
        while (*p && *p != ' ')
            p++;
    }
    return NULL;
}

static void *renderer(void *arg)
{
    int half = (int)(long)arg;
    char *o = out[half];
    size_t used = 0;
    for (int i = half; i < doc.nwords; i += 2) {
        size_t n = strlen(doc.words[i]);
        if (used + n + 2 > sizeof out[0])
            break;
        for (size_t k = 0; k < n; k++)
            o[used + k] = (char)toupper((unsigned char)doc.words[i][k]);
        used += n;
        o[used++] = ' ';
    }
    o[used] = '\0';
    return NULL;
}

int main(void)
{
    pthread_t p, r0, r1;
    if (pthread_create(&p, NULL, parser, (void *)source) != 0)
        return 1;
    pthread_join(p, NULL);
    printf("%d words\n", doc.nwords);
    pthread_create(&r0, NULL, renderer, (void *)0L);
    pthread_create(&r1, NULL, renderer, (void *)1L);
    pthread_join(r0, NULL);
    pthread_join(r1, NULL);
    printf("%s| %s\n", out[0], out[1]);
    doc.nwords = 0;
    return 0;
}
