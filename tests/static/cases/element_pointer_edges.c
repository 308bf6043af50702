// Element locks reached through pointers, at their edges. A pointer to an element of an array
// inside a global (&grid[r][c], &banks[b].s[i]) names some element's lock ("grid[*].lock"),
// not one lock of the whole array: another cell's data holds no lock of its own then.
// Before, &p->lock with p = &grid[r][c] was one lock "grid.lock" that every cell's access
// seemed to hold, and races between cells were said not to exist. A callee handed the
// element that releases its lock (unlock(&s->lock)) releases the caller's; one that steps
// off it (s[1].count) reaches another element, which the caller's lock does not guard. A
// pointer to an element by a variable index is no one element: threads each writing
// their own cell through it race only possibly.
#include <pthread.h>
#include <unistd.h>

struct cell {
    pthread_mutex_t lock;
    int count;
    int other;
    int spilled;
    int own;
};
static struct cell grid[2][2];
static struct cell row[2];

static void *by_cell(void *arg)
{
    int r = (int)(long)arg, o = 1 - r;
    struct cell *p = &grid[r][0];
    pthread_mutex_lock(&p->lock);
    grid[o][0].other++; // RACE (possible): the other row's cell, under this cell's lock
    p->other++; // RACE (possible): the other thread's grid[o][0].other
    p->count++; // RACE (possible): in fact each cell under its own lock (not proved in a nested array)
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static void slow_update(struct cell *s)
{
    pthread_mutex_unlock(&s->lock);
    s->count++; // RACE (possible): the caller's lock is released here
    pthread_mutex_lock(&s->lock);
}

static void spill(struct cell *s) { s[1].spilled++; } // RACE (possible): the next element

static void *by_row(void *arg)
{
    int i = (int)(long)arg;
    struct cell *p = &row[i];
    pthread_mutex_lock(&p->lock);
    if (i == 0) {
        slow_update(p);
        spill(p);
    } else {
        p->count++; // RACE (possible)
        p->spilled++; // RACE (possible)
    }
    pthread_mutex_unlock(&p->lock);
    struct cell *q = &row[i];
    q->own++; // RACE (possible): in fact each thread its own element
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (int k = 0; k < 2; k++) {
        pthread_mutex_init(&row[k].lock, NULL);
        for (int m = 0; m < 2; m++)
            pthread_mutex_init(&grid[k][m].lock, NULL);
    }
    for (long k = 0; k < 2; k++)
        pthread_create(&t[k], NULL, by_cell, (void *)k);
    for (long k = 0; k < 2; k++)
        pthread_create(&t[2 + k], NULL, by_row, (void *)k);
    for (int k = 0; k < 4; k++)
        pthread_join(t[k], NULL);
    return 0;
}
