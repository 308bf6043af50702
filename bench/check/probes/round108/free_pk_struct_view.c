/* TRUTH: free — h[1].tag lies at byte 4, which is msgs[0].len; the other thread writes msgs[1].tag (byte 8) */
#include <pthread.h>
#include <stdio.h>

struct hdr { int tag; };
struct msg { int tag; int len; };
static struct msg msgs[4];

static void *headers(void *arg)
{
    struct hdr *h = arg;
    h[1].tag = 7;
    return 0;
}

static void *second_tag(void *arg)
{
    struct msg *m = arg;
    m[1].tag = 9;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, headers, msgs);
    pthread_create(&b, 0, second_tag, msgs);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d %d\n", msgs[0].len, msgs[1].tag, msgs[0].tag);
    return 0;
}
