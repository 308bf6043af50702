/* TRUTH: racy. m[1] decays to &m[1][0]; the row thread zeroes m[1][0..3] while the cell thread increments m[1][0]. */
#include <pthread.h>
#include <stdio.h>
static int m[2][4];

static void *clear_row(void *p)
{
    int *row = p;
    for (int j = 0; j < 4; j++)
        row[j] = 0;
    return NULL;
}

static void *bump_cell(void *p)
{
    int *c = p;
    (*c)++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, clear_row, m[1]);
    pthread_create(&b, NULL, bump_cell, &m[1][0]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", m[1][0]);
    return 0;
}
