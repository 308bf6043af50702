// Stores by type through a byte or long pointer (*out++ = c in put_digit, *(long *)obj = t2 in
// retarget) reach a create wrapper's thread object only through a pointer to its type converted
// to another pointer type. No pointer to struct job_thread is ever converted, so reap_job(j)
// joins the thread job_start put in j, and what it did is main's to read after. A struct
// thread is handed to retarget as a void *, which overwrites its id with another thread's: which
// thread reap(w) ends is not known, and the writer may still run when main reads.
#include <pthread.h>
#include <stdlib.h>

struct thread {
    pthread_t id;
};
struct job_thread {
    pthread_t id;
};

static int written, jobbed;
static char digits[8];

static struct thread *spawn(void *(*fn)(void *))
{
    struct thread *t = malloc(sizeof *t);
    if (t == NULL || pthread_create(&t->id, NULL, fn, NULL))
        abort();
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
    free(t);
}

static struct job_thread *job_start(void *(*fn)(void *))
{
    struct job_thread *j = malloc(sizeof *j);
    if (j == NULL || pthread_create(&j->id, NULL, fn, NULL))
        abort();
    return j;
}

static void reap_job(struct job_thread *j)
{
    pthread_join(j->id, NULL);
    free(j);
}

static void retarget(void *obj, pthread_t other)
{
    *(long *)obj = (long)other;
}

static void put_digit(char *out, int v)
{
    *out++ = (char)('0' + v % 10);
    *out = '\0';
}

static void *writer(void *a)
{
    (void)a;
    written = 1; // RACE
    return NULL;
}

static void *job(void *a)
{
    (void)a;
    jobbed = 1; // NORACE
    return NULL;
}

static void *noop(void *a)
{
    return a;
}

int main(void)
{
    struct job_thread *j = job_start(job);
    reap_job(j);
    put_digit(digits, jobbed); // NORACE
    struct thread *w = spawn(writer);
    pthread_t other;
    pthread_create(&other, NULL, noop, NULL);
    retarget(w, other);
    reap(w);
    return written; // RACE
}
