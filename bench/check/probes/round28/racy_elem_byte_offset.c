/* TRUTH: racy. Worker i gets &words[i] and also stores a marker one word further on,
   computed as a byte offset: '(unsigned *)((char *)w + sizeof *w)' is &words[i + 1],
   which worker i+1 writes as its own word. No lock. */
#include <pthread.h>
#include <stdio.h>

#define NW 4

static unsigned words[NW + 1];

static void *stamp(void *arg)
{
    unsigned *w = arg;
    char *bytes = (char *)w;
    unsigned *after = (unsigned *)(bytes + sizeof *w);
    *w = 0xABCDu;
    *after = 0u;
    return NULL;
}

int main(void)
{
    pthread_t th[NW];
    int i;
    for (i = 0; i < NW; i++)
        pthread_create(&th[i], NULL, stamp, &words[i]);
    for (i = 0; i < NW; i++)
        pthread_join(th[i], NULL);
    printf("%x\n", words[1]);
    return 0;
}
