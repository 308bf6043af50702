/* TRUTH: racy — per-cpu counters live in __thread storage, but each cpu registers a pointer to its copy and the stats reader sums them while the owners are still incrementing */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NCPU 2
struct pcpu_stats { unsigned long rx; unsigned long drops; };

static __thread struct pcpu_stats this_cpu_stats;
static struct pcpu_stats *percpu_ptr[NCPU];
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;

static void this_cpu_register(int cpu) {
    pthread_mutex_lock(&reg_lock);
    percpu_ptr[cpu] = &this_cpu_stats;
    pthread_mutex_unlock(&reg_lock);
}

static void net_rx_action(void) {
    this_cpu_stats.rx++;           /* "per-cpu, no lock needed" */
}

static void *softirq_cpu(void *arg) {
    int cpu = (int)(long)arg;
    this_cpu_register(cpu);
    for (int i = 0; i < 40; i++) { net_rx_action(); usleep(30); }
    pthread_mutex_lock(&reg_lock);         /* cpu going offline */
    percpu_ptr[cpu] = NULL;
    pthread_mutex_unlock(&reg_lock);
    return NULL;
}

static unsigned long stats_show(void) {
    unsigned long sum = 0;
    pthread_mutex_lock(&reg_lock);
    for (int i = 0; i < NCPU; i++)
        if (percpu_ptr[i]) sum += percpu_ptr[i]->rx;
    pthread_mutex_unlock(&reg_lock);
    return sum;
}

static void *sysfs_reader(void *a) {
    (void)a;
    unsigned long s = 0;
    for (int i = 0; i < 10; i++) { usleep(60); s += stats_show(); }
    return (void *)s;
}

int main(void) {
    pthread_t c[NCPU], r;
    for (long i = 0; i < NCPU; i++) pthread_create(&c[i], NULL, softirq_cpu, (void *)i);
    pthread_create(&r, NULL, sysfs_reader, NULL);
    pthread_join(r, NULL);
    for (int i = 0; i < NCPU; i++) pthread_join(c[i], NULL);
    printf("done\n");
    return 0;
}
