// A call through a struct field's function pointer may run any function stored in that
// field of any object of the type. With many such targets (every list's free function)
// the code a thread runs through it is matched by type: its races are possible and left
// out unless --type-matches. With a few (a pool's job kinds) they are findings.
#include <pthread.h>
#include <stdlib.h>

struct list {
    void (*free)(void *);
    void *value;
};

struct job {
    void (*run)(void *);
    void *arg;
};

static int freed[5], done;

static void free_0(void *p) { (void)p; freed[0]++; } // RACE (possible): only by a call matched by type
static void free_1(void *p) { (void)p; freed[1]++; }
static void free_2(void *p) { (void)p; freed[2]++; }
static void free_3(void *p) { (void)p; freed[3]++; }
static void free_4(void *p) { (void)p; freed[4]++; }

static void job_a(void *p) { (void)p; done++; } // RACE: two pool workers run jobs at once
static void job_b(void *p) { (void)p; }

static struct list lists[5] = {{free_0, 0}, {free_1, 0}, {free_2, 0}, {free_3, 0}, {free_4, 0}};
static struct job jobs[2];

static void *cleaner(void *arg)
{
    struct list *l = arg;
    l->free(l->value);
    return NULL;
}

static void *worker(void *arg)
{
    struct job *j = arg;
    j->run(j->arg);
    return NULL;
}

int main(void)
{
    pthread_t c, w[2];
    jobs[0].run = job_a;
    jobs[1].run = job_b;
    pthread_create(&c, NULL, cleaner, &lists[1]);
    for (int i = 0; i < 2; i++)
        pthread_create(&w[i], NULL, worker, &jobs[0]);
    lists[0].free(NULL);
    pthread_join(c, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    return 0;
}
