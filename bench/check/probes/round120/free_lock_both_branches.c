/* TRUTH: free — each branch writes x and then releases m; every access of x happens while m is held */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;

void *worker(void *arg)
{
    int up = *(int *)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        if (up) {
            x++;
            pthread_mutex_unlock(&m);
        } else {
            x--;
            pthread_mutex_unlock(&m);
        }
    }
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    int c1 = __VERIFIER_nondet_int();
    int c2 = __VERIFIER_nondet_int();
    pthread_create(&t1, 0, worker, &c1);
    pthread_create(&t2, 0, worker, &c2);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return x;
}
