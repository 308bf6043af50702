/* TRUTH: racy — one thread increments cnt with __sync_fetch_and_add, the other with a plain cnt++; the plain access races with the atomic one */
#include <pthread.h>
#include <unistd.h>

int cnt;

void *atomic_inc(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        __sync_fetch_and_add(&cnt, 1);
        usleep(1000);
    }
    return 0;
}

void *plain_inc(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        cnt++;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, atomic_inc, 0);
    pthread_create(&b, 0, plain_inc, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return cnt == 40 ? 0 : 1;
}
