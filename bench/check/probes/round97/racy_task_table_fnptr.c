/* RACY: a table of task function pointers is run by two threads; task_a and
   task_b both modify `g_stats` without locking. */
#include <pthread.h>
#include <stdio.h>
static int g_stats;
static int g_other;
static void task_a(void) { g_stats += 1; }
static void task_b(void) { g_stats *= 2; }
static void task_c(void) { g_other = 5; }
typedef void (*task_fn)(void);
static task_fn table[] = { task_a, task_b, task_c };
static void *runner(void *a) {
    long idx = (long)a;
    table[idx]();
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, runner, (void *)0L);
    pthread_create(&t2, NULL, runner, (void *)1L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    task_c();
    printf("%d %d\n", g_stats, g_other);
    return 0;
}
