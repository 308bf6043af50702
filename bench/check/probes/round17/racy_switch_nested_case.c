/* Racy: mode 1 jumps into the block past p = &local, so *p writes the shared total in both mode-1 threads. */
#include <pthread.h>
#include <stdio.h>
int total;
static void *work(void *arg)
{
    int mode = (int)(long)arg;
    int local = 0;
    int *p = &total;
    switch (mode) {
    case 0: {
        p = &local;
        if (mode == 0)
        case 1:
            *p += 1;
        break;
    }
    default:
        break;
    }
    return (void *)(long)local;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)1L);
    pthread_create(&b, NULL, work, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}
