/* TRUTH: racy — two boss threads each spawn a writer and reap their own; a boss's read of g
   after its reap races with the other boss's writer. */
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
static void reap(struct thread *th) { pthread_join(th->id, 0); free(th); }
static void *writer(void *a) { (void)a; g = (int)(long)a; return 0; }
static void *boss(void *a)
{
    struct thread *w = spawn(writer, a);
    reap(w);
    return (void *)(long)g;
}
int main(void)
{
    pthread_t b1, b2;
    pthread_create(&b1, 0, boss, (void *)1);
    pthread_create(&b2, 0, boss, (void *)2);
    pthread_join(b1, 0);
    pthread_join(b2, 0);
    return 0;
}
