/* TRUTH: racy — *(long *)w = t2 overwrites w->id (signed variant of pthread_t's unsigned long:
   an allowed alias) with the noop thread's id, so reap(w) joins the noop thread while the
   writer still runs when main reads g. */
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
static void *noop(void *a) { (void)a; return 0; }
static void retarget(void *obj, pthread_t t2) { *(long *)obj = (long)t2; }
int main(void)
{
    struct thread *w = spawn(writer, 0);
    pthread_t keep = w->id, t2;
    pthread_create(&t2, 0, noop, 0);
    retarget(w, t2);
    reap(w);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
