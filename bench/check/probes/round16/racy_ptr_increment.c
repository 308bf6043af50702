// racy: the encoder writes frame[0] and then, through the incremented cursor, frame[1], which the stamper also writes.
#include <pthread.h>
#include <stdio.h>
static int frame[4];

static void *encoder(void *arg)
{
    int *w = &frame[0];
    *w = 0x7e;
    w++;
    *w = 16;
    return NULL;
}

static void *stamper(void *arg)
{
    frame[1] = 99;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, encoder, NULL);
    pthread_create(&b, NULL, stamper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", frame[0], frame[1]);
    return 0;
}
