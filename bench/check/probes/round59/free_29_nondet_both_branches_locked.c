/* TRUTH: free — whichever branch the nondeterministic choice takes, the write to mode/level happens while holding m; main reads both after the joins. */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int mode;
int level;

void *thr(void *arg)
{
    int c = __VERIFIER_nondet_int();
    if (c > 0) {
        pthread_mutex_lock(&m);
        mode = 1;
        level += c % 8;
        pthread_mutex_unlock(&m);
    } else {
        pthread_mutex_lock(&m);
        mode = 2;
        level -= 1;
        pthread_mutex_unlock(&m);
    }
    return arg;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, thr, 0);
    pthread_create(&t2, 0, thr, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return mode + level;
}
