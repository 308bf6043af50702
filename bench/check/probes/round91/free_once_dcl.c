/* free: double-checked locking with an atomic flag: acquire fast-path load, init under
   the mutex, release store of the flag after the table is filled. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static pthread_mutex_t init_mu = PTHREAD_MUTEX_INITIALIZER;
static atomic_bool inited;
static int table[16];

static const int *get_table(void) {
    if (!atomic_load_explicit(&inited, memory_order_acquire)) {
        pthread_mutex_lock(&init_mu);
        if (!atomic_load_explicit(&inited, memory_order_relaxed)) {
            for (int i = 0; i < 16; i++)
                table[i] = i * 3;
            atomic_store_explicit(&inited, 1, memory_order_release);
        }
        pthread_mutex_unlock(&init_mu);
    }
    return table;
}

static void *user(void *arg) {
    int k = *(int *)arg;
    const int *t = get_table();
    printf("%d\n", t[k]);
    return NULL;
}

int main(void) {
    int k[3] = {1, 5, 9};
    pthread_t th[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&th[i], NULL, user, &k[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(th[i], NULL);
    return 0;
}
