/* TRUTH: racy — spawn() starts the writer into the first object's id, then hands back a second
   object whose id holds the noop thread; reap(w) joins the noop thread, the writer still runs
   when main reads g. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>
struct thread { pthread_t id; };
static int g;
static void *writer(void *a) { (void)a; usleep(1000); g = 1; return 0; }
static void *noop(void *a) { (void)a; return 0; }
static struct thread *spawn(void)
{
    struct thread *th = malloc(sizeof *th);
    pthread_create(&th->id, 0, writer, 0);
    struct thread *keep = th;
    (void)keep;
    th = calloc(1, sizeof *th);
    pthread_create(&th->id, 0, noop, 0);
    return th;
}
static void reap(struct thread *th) { pthread_join(th->id, 0); }
int main(void)
{
    struct thread *w = spawn();
    reap(w);
    printf("%d\n", g);
    usleep(5000);
    return 0;
}
