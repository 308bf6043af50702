/* TRUTH: racy - end_write clears writer without the mutex; readers read writer under rw */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define NR 3
#define NW 2

int readers = 0;
int writer = 0;
pthread_mutex_t rw = PTHREAD_MUTEX_INITIALIZER;
int shared_val[4];
int version = 0;
int seen[NR];
int reads_done = 0;

void start_read(void)
{
    while (1) {
        pthread_mutex_lock(&rw);
        if (!writer) {
            readers++;
            pthread_mutex_unlock(&rw);
            return;
        }
        pthread_mutex_unlock(&rw);
    }
}

void end_read(void)
{
    pthread_mutex_lock(&rw);
    readers--;
    reads_done++;
    pthread_mutex_unlock(&rw);
}

void start_write(void)
{
    while (1) {
        pthread_mutex_lock(&rw);
        if (!writer && readers == 0) {
            writer = 1;
            pthread_mutex_unlock(&rw);
            return;
        }
        pthread_mutex_unlock(&rw);
    }
}

void end_write(void)
{
    writer = 0;
}

void *reader(void *arg)
{
    int id = (int)(long)arg;
    int best = 0;
    for (int k = 0; k < 3; k++) {
        start_read();
        int s = 0;
        for (int i = 0; i < 4; i++)
            s += shared_val[i];
        if (version > best)
            best = version;
        (void)s;
        end_read();
    }
    seen[id] = best;
    return NULL;
}

void *writerfn(void *arg)
{
    int id = (int)(long)arg;
    for (int k = 0; k < 2; k++) {
        start_write();
        for (int i = 0; i < 4; i++)
            shared_val[i] += id + 1;
        version++;
        end_write();
    }
    return NULL;
}

int main(void)
{
    pthread_t r[NR], w[NW];
    for (int i = 0; i < NR; i++)
        pthread_create(&r[i], NULL, reader, (void *)(long)i);
    for (int i = 0; i < NW; i++)
        pthread_create(&w[i], NULL, writerfn, (void *)(long)i);
    for (int i = 0; i < NR; i++)
        pthread_join(r[i], NULL);
    for (int i = 0; i < NW; i++)
        pthread_join(w[i], NULL);
    if (version != 2 * NW || reads_done != 3 * NR)
        reach_error();
    for (int i = 0; i < NR; i++)
        if (seen[i] > version)
            reach_error();
    return 0;
}
