/* TRUTH: racy — two threads each write 5 elements starting at a and at a+4, so both write a[4] */
#include <pthread.h>
#include <unistd.h>

int a[9];

void *fill(void *arg)
{
    int *base = arg;
    for (int r = 0; r < 20; r++) {
        for (int i = 0; i < 5; i++)
            base[i] = r;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, fill, a);
    pthread_create(&t2, 0, fill, a + 4);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
