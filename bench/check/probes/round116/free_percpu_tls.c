/* TRUTH: free — per-cpu counters are __thread variables touched only by their own thread; each cpu folds its total into the global under a lock when it goes offline */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NCPU 3
struct pcpu_stats { unsigned long rx; unsigned long drops; };

static __thread struct pcpu_stats this_cpu_stats;
static struct pcpu_stats global_stats;
static pthread_mutex_t fold_lock = PTHREAD_MUTEX_INITIALIZER;

static void net_rx_action(int drop) {
    this_cpu_stats.rx++;
    if (drop) this_cpu_stats.drops++;
}

static void cpu_offline_fold(void) {
    pthread_mutex_lock(&fold_lock);
    global_stats.rx += this_cpu_stats.rx;
    global_stats.drops += this_cpu_stats.drops;
    pthread_mutex_unlock(&fold_lock);
}

static void *softirq_cpu(void *arg) {
    int cpu = (int)(long)arg;
    for (int i = 0; i < 20; i++) { net_rx_action((i + cpu) % 5 == 0); usleep(20); }
    cpu_offline_fold();
    return NULL;
}

int main(void) {
    pthread_t c[NCPU];
    for (long i = 0; i < NCPU; i++) pthread_create(&c[i], NULL, softirq_cpu, (void *)i);
    for (int i = 0; i < NCPU; i++) pthread_join(c[i], NULL);
    printf("%lu %lu\n", global_stats.rx, global_stats.drops);
    return 0;
}
