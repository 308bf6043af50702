/* TRUTH: racy — the worker releases m before its write on the else-branch, so when its flag is 0 (nondet, TSan run with NONDET=0) its x++ is unprotected against the other worker's locked x++ */
#include <pthread.h>
#include <unistd.h>

extern int __VERIFIER_nondet_int(void);

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;

void *worker(void *arg)
{
    int locked_write = *(int *)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        if (locked_write) {
            x++;
            pthread_mutex_unlock(&m);
        } else {
            pthread_mutex_unlock(&m);
            x++;
        }
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    int one = 1;
    int c = __VERIFIER_nondet_int();
    pthread_create(&t1, 0, worker, &one);
    pthread_create(&t2, 0, worker, &c);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
