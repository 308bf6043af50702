/* TRUTH: free — the SAT_INC of open_conns (line 13) is made holding conns_mu in both workers. */
#include <pthread.h>
#include <stdio.h>

#define SAT_INC(x, max) ((x) < (max) ? (x)++ : (x))

static int open_conns;
static pthread_mutex_t conns_mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&conns_mu);
    SAT_INC(open_conns, 100); // @A
    pthread_mutex_unlock(&conns_mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", open_conns);
    return 0;
}
