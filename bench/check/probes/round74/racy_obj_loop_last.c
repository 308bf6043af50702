/* TRUTH: racy — the loop spawns three writers into w, only the last is reaped; the first two
   may still run when main reads g. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>
struct thread { pthread_t id; };
static int g;
static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *th = malloc(sizeof *th);
    pthread_create(&th->id, 0, fn, arg);
    return th;
}
static void reap(struct thread *th) { pthread_join(th->id, 0); }
static void *writer(void *a) { (void)a; usleep(1000); g = 1; return 0; }
int main(void)
{
    struct thread *w = NULL;
    for (int i = 0; i < 3; i++)
        w = spawn(writer, 0);
    reap(w);
    printf("%d\n", g);
    usleep(5000);
    return 0;
}
