// Each iteration allocates a job, stores it into jobs[i] and hands it to thread i (created
// into t[i]); after pthread_join(t[i]) in a join loop, jobs[i]->out is that finished thread's
// own job, none of the later threads': race-free. Read before its thread's join, read through
// another element than the joined handle's, or with jobs[] stored to again, it is not.
#include <pthread.h>
#include <stdlib.h>

#define N 4

struct job {
    int in, out;
};

static void *work(void *arg)
{
    struct job *j = arg;
    j->out = j->in * 2;
    return 0;
}

static void *work_next(void *arg)
{
    struct job *j = arg;
    j->out = j->in * 3; // RACE (possible): main's read of next[(i + 1) % N]
    return 0;
}

static void *work_moved(void *arg)
{
    struct job *j = arg;
    j->out = j->in * 4; // RACE (possible): main's read of moved[0]
    return 0;
}

int main(void)
{
    pthread_t t[N], u[N];
    struct job *jobs[N], *next[N], *moved[N];
    int sum = 0;
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j)
            return 1;
        j->in = i;
        jobs[i] = j;
        pthread_create(&t[i], 0, work, j);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += jobs[i]->out; // NORACE: thread i's job, thread i joined
    }
    for (int i = 0; i < N; i++)
        free(jobs[i]);

    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j)
            return 1;
        j->in = i;
        next[i] = j;
        pthread_create(&t[i], 0, work_next, j);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += next[(i + 1) % N]->out; // RACE (possible): thread i + 1's job, not yet joined
    }

    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j)
            return 1;
        j->in = i;
        moved[i] = j;
        pthread_create(&u[i], 0, work_moved, j);
    }
    moved[0] = moved[N - 1]; /* moved[] stored to again: moved[0] is thread N-1's job now */
    for (int i = 0; i < N; i++) {
        pthread_join(u[i], 0);
        sum += moved[i]->out; // RACE (possible): moved[0] is the last thread's, still running
    }
    return sum;
}
