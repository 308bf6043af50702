/* TRUTH: racy — memcpy overwrites w's object with w2's (its id is now the noop thread's), so
   reap(w) joins the noop thread; the writer still runs when main reads g. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
struct thread { pthread_t id; int n; };
int g;
static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *th = malloc(sizeof *th);
    pthread_create(&th->id, 0, fn, arg);
    return th;
}
static void reap(struct thread *th) { pthread_join(th->id, 0); free(th); }
static void *writer(void *a) { (void)a; usleep(1000); g = 1; return 0; }
static void *noop(void *a) { (void)a; return 0; }
int main(void)
{
    struct thread *w = spawn(writer, 0);
    struct thread *w2 = spawn(noop, 0);
    pthread_t keep = w->id;
    memcpy(w, w2, sizeof *w);
    reap(w);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
