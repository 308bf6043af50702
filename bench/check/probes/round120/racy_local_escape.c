/* TRUTH: racy — the address of main's local v escapes to a thread that increments it while main keeps writing v before the join */
#include <pthread.h>
#include <unistd.h>

void *bump(void *arg)
{
    int *p = arg;
    for (int i = 0; i < 20; i++) {
        *p += 1;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    int v = 0;
    pthread_t t;
    pthread_create(&t, 0, bump, &v);
    for (int i = 0; i < 20; i++) {
        v = v * 2;
        usleep(1000);
    }
    pthread_join(t, 0);
    return v > 0 ? 0 : 1;
}
