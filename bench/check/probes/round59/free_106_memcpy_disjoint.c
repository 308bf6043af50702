/* TRUTH: free — one thread memcpy's into dst[0..5) and the other into dst[5..10); the byte ranges are disjoint; src is only read; main reads dst after joins. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static const char src[] = "abcdefghij";
static char dst[11];

struct piece { size_t off, len; };

static void *copy_piece(void *p)
{
    const struct piece *pc = p;
    memcpy(dst + pc->off, src + pc->off, pc->len);
    return NULL;
}

int main(void)
{
    struct piece p1 = { 0, 5 }, p2 = { 5, 5 };
    pthread_t a, b;
    pthread_create(&a, NULL, copy_piece, &p1);
    pthread_create(&b, NULL, copy_piece, &p2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    dst[10] = 0;
    puts(dst);
    return 0;
}
