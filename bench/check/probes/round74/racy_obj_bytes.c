/* TRUTH: racy — copy_id() copies t2's bytes over w->id through unsigned char pointers, so
   reap(w) joins the noop thread while the writer still runs when main reads g. */
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
static void copy_id(void *dst, const void *src)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    for (size_t i = 0; i < sizeof(pthread_t); i++)
        d[i] = s[i];
}
int main(void)
{
    struct thread *w = spawn(writer, 0);
    pthread_t keep = w->id, t2;
    pthread_create(&t2, 0, noop, 0);
    copy_id(w, &t2);
    reap(w);
    printf("%d\n", g);
    pthread_join(keep, 0);
    return 0;
}
