/* FREE: table of tasks, each task touches only its own global; each thread runs a
   different task index; main reads after join. */
#include <pthread.h>
#include <stdio.h>
static int g_a, g_b, g_c;
static void task_a(void) { g_a += 1; }
static void task_b(void) { g_b *= 2; }
static void task_c(void) { g_c = 5; }
typedef void (*task_fn)(void);
static task_fn const table[] = { task_a, task_b, task_c };
static void *runner(void *a) {
    long idx = (long)a;
    table[idx]();
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, runner, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d %d %d\n", g_a, g_b, g_c);
    return 0;
}
