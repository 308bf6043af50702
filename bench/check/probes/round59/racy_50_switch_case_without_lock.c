/* TRUTH: racy — the thread with id 2 takes case 2, which writes acc without locking acc_m; threads 0 and 1 write acc under acc_m; thread 2's write is unordered with theirs. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t acc_m = PTHREAD_MUTEX_INITIALIZER;
static int acc;

static void *op(void *arg)
{
    int id = *(int *)arg;
    switch (id) {
    case 0:
        pthread_mutex_lock(&acc_m);
        acc += 10;
        pthread_mutex_unlock(&acc_m);
        break;
    case 1:
        pthread_mutex_lock(&acc_m);
        acc *= 2;
        pthread_mutex_unlock(&acc_m);
        break;
    case 2:
        acc -= 3;
        break;
    }
    return NULL;
}

int main(void)
{
    int ids[3] = { 0, 1, 2 };
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, op, &ids[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", acc);
    return 0;
}
