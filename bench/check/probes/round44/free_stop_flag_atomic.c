/* TRUTH: free — workers poll an atomic_bool stop flag and count into their own slots; main sets stop atomically and reads slots after join */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <unistd.h>
#define NT 3
static atomic_bool stop;
static long iterations[NT];
static void *spin(void *arg) {
    long *mine = arg;
    while (!atomic_load_explicit(&stop, memory_order_relaxed)) (*mine)++;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, spin, &iterations[i]);
    usleep(1000);
    atomic_store(&stop, true);
    long total = 0;
    for (int i = 0; i < NT; i++) { pthread_join(t[i], NULL); total += iterations[i]; }
    return total > 0 ? 0 : 1;
}
