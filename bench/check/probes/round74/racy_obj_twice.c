/* TRUTH: racy — start() is called twice and stores into the same static w; only the second
   thread is reaped before main reads g, the first writer may still run. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>
struct thread { pthread_t id; };
int g;
static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *th = malloc(sizeof *th);
    pthread_create(&th->id, 0, fn, arg);
    return th;
}
static void reap(struct thread *th) { pthread_join(th->id, 0); }
static void *writer(void *a) { (void)a; usleep(1000); g = 1; return 0; }
static struct thread *w;
static void start(void) { w = spawn(writer, 0); }
int main(void)
{
    start();
    struct thread *first = NULL;
    (void)first;
    start();
    reap(w);
    printf("%d\n", g);
    usleep(5000);
    return 0;
}
