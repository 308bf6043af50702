/* TRUTH: free. the table is built by pthread_once's routine; every reader calls pthread_once first, so its reads follow the initialisation. */
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static unsigned char popcnt[256];

static void build(void)
{
    for (int i = 0; i < 256; i++) {
        int c = 0;
        for (int b = i; b; b >>= 1)
            c += b & 1;
        popcnt[i] = (unsigned char)c;
    }
}

static int bits(unsigned v)
{
    pthread_once(&once, build);
    return popcnt[v & 0xff] + popcnt[(v >> 8) & 0xff];
}

static void *worker(void *p)
{
    int *out = p;
    *out = bits(0xF0F0u);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ra = 0, rb = 0;
    pthread_create(&a, NULL, worker, &ra);
    pthread_create(&b, NULL, worker, &rb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", ra, rb);
    return 0;
}
