/* TRUTH: race-free. m is PTHREAD_MUTEX_RECURSIVE; deposit() locks it, calls log_op() which locks it again and unlocks once, and then deposit still holds m (count 1) while it updates `ops` and `balance`. All accesses hold m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m;
static int ops;
static long balance;

static void log_op(void)
{
    pthread_mutex_lock(&m);
    ops++;
    pthread_mutex_unlock(&m);
}

static void *deposit(void *arg)
{
    long amount = (long)arg;
    pthread_mutex_lock(&m);
    log_op();
    balance += amount; /* still held: recursion count back to 1 */
    ops++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&m, &at);
    pthread_create(&a, NULL, deposit, (void *)5L);
    pthread_create(&b, NULL, deposit, (void *)7L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %ld\n", ops, balance);
    return 0;
}
