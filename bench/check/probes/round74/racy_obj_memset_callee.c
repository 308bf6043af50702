/* TRUTH: racy — clear() copies the noop thread's object over w's, so reap(w) joins the noop
   thread and the writer still runs when main reads g. */
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
static void reap(struct thread *th) { pthread_join(th->id, 0); }
static void *writer(void *a) { (void)a; usleep(1000); g = 1; return 0; }
static void *noop(void *a) { (void)a; return 0; }
static void copy_over(struct thread *d, struct thread *s) { memcpy(d, s, sizeof *d); }
int main(void)
{
    struct thread *w = spawn(writer, 0);
    struct thread *w2 = spawn(noop, 0);
    pthread_t keep = w->id;
    copy_over(w, w2);
    reap(w);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
