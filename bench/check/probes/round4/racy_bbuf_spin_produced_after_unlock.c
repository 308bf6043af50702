/* TRUTH: racy - producers do produced++ after releasing m; producer threads run concurrently */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define SIZE 8
#define NP 3
#define NC 3
#define ITEMS 10

int buffer[SIZE];
int head = 0, tail = 0, count = 0;
int produced = 0, consumed = 0;
long sum_in = 0, sum_out = 0;
long results[NC];
int ids[NP + NC];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void put(int v)
{
    while (1) {
        pthread_mutex_lock(&m);
        if (count < SIZE) {
            buffer[tail] = v;
            tail = (tail + 1) % SIZE;
            count++;
            sum_in += v;
            pthread_mutex_unlock(&m);
            produced++;
            return;
        }
        pthread_mutex_unlock(&m);
    }
}

int get(void)
{
    int v;
    while (1) {
        pthread_mutex_lock(&m);
        if (count > 0) {
            v = buffer[head];
            head = (head + 1) % SIZE;
            count--;
            consumed++;
            sum_out += v;
            pthread_mutex_unlock(&m);
            return v;
        }
        pthread_mutex_unlock(&m);
    }
}

void *producer(void *arg)
{
    int id = *(int *)arg;
    for (int i = 0; i < ITEMS; i++)
        put(id * 100 + i);
    return NULL;
}

void *consumer(void *arg)
{
    int id = *(int *)arg;
    long local = 0;
    for (int i = 0; i < ITEMS; i++)
        local += get();
    results[id] = local;
    return NULL;
}

int main(void)
{
    pthread_t p[NP], c[NC];
    for (int i = 0; i < NP + NC; i++)
        ids[i] = i;
    for (int i = 0; i < NP; i++)
        pthread_create(&p[i], NULL, producer, &ids[i]);
    for (int i = 0; i < NC; i++)
        pthread_create(&c[i], NULL, consumer, &ids[i]);
    for (int i = 0; i < NP; i++)
        pthread_join(p[i], NULL);
    for (int i = 0; i < NC; i++)
        pthread_join(c[i], NULL);
    long total = 0;
    for (int i = 0; i < NC; i++)
        total += results[i];
    if (produced != NP * ITEMS || consumed != produced)
        reach_error();
    if (total != sum_out || sum_in != sum_out || count != 0)
        reach_error();
    return 0;
}
