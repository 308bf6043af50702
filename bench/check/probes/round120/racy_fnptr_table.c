/* TRUTH: racy — thread start routines are taken from a function-pointer table; inc and dec both modify x without a lock */
#include <pthread.h>
#include <unistd.h>

int x;

static void *inc(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        x++;
        usleep(1000);
    }
    return 0;
}

static void *dec(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        x--;
        usleep(1000);
    }
    return 0;
}

static void *(*const table[2])(void *) = { inc, dec };

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, table[i], 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return x;
}
