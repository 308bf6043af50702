/* TRUTH: racy — spawn2 starts two threads into the same field; reap joins only the second,
   the first (writer) still runs when main reads g. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>
struct thread { pthread_t id; };
int g;
static void *writer(void *a) { (void)a; usleep(1000); g = 1; return 0; }
static void *noop(void *a) { (void)a; return 0; }
static struct thread *spawn2(void)
{
    struct thread *th = malloc(sizeof *th);
    pthread_create(&th->id, 0, writer, 0);
    pthread_create(&th->id, 0, noop, 0);
    return th;
}
static void reap(struct thread *th) { pthread_join(th->id, 0); }
int main(void)
{
    struct thread *w = spawn2();
    reap(w);
    printf("%d\n", g);
    usleep(5000);
    return 0;
}
