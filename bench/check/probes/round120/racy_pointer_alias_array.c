/* TRUTH: racy — one thread writes a[2], the other writes p[1] where p = a + 1, the same element */
#include <pthread.h>
#include <unistd.h>

int a[4];
int *p = a + 1;

void *direct(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        a[2] = i;
        usleep(1000);
    }
    return 0;
}

void *via_ptr(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        p[1] = -i;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, direct, 0);
    pthread_create(&t2, 0, via_ptr, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
