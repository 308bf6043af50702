/* TRUTH: racy — each thread tests `if (conns < MAXC)` WITHOUT the lock and then increments conns under cm; one thread's unlocked read of conns is unordered with the other thread's locked write. */
#include <pthread.h>
#include <stdio.h>

#define MAXC 10
static pthread_mutex_t cm = PTHREAD_MUTEX_INITIALIZER;
static int conns;

static void *open_conn(void *a)
{
    (void)a;
    for (int i = 0; i < 8; i++) {
        if (conns < MAXC) {
            pthread_mutex_lock(&cm);
            conns++;
            pthread_mutex_unlock(&cm);
        }
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, open_conn, NULL);
    pthread_create(&b, NULL, open_conn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", conns);
    return 0;
}
