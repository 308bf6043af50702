// What C evaluates and what it does not. Never evaluated: the operand of
// __builtin_constant_p and __builtin_object_size, the branch __builtin_choose_expr does not
// select: no access. Evaluated: the branch it selects, also as an object stored to
// (__builtin_choose_expr(0, h, g) = 5 writes g); the size of a variably modified type where
// its declaration is reached, a typedef's or a pointer's (typedef int row[n++]) and a
// parameter's at each entry (int (*p)[m++]); not the operand of a typeof beside them.
#include <pthread.h>
#include <stddef.h>

int quiet, g, h, n, m;

static int rows(int (*p)[m++]) // RACE
{
    return p != NULL;
}

static void *worker(void *arg)
{
    (void)arg;
    int k = __builtin_constant_p(quiet++);               // NORACE
    k += (int)__builtin_object_size((quiet = 3, &k), 0); // NORACE
    k += __builtin_choose_expr(1, 0, quiet++);           // NORACE
    __builtin_choose_expr(0, h, g) = 5;                  // RACE
    typedef int row[n++ + 1];                            // RACE
    k += (int)sizeof(row);
    __typeof__(quiet++) (*cells)[k + 1] = NULL;          // NORACE
    k += cells != NULL;
    return rows(NULL) ? NULL : arg;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    quiet = 1;            // NORACE
    int sum = g + n + m;  // RACE
    pthread_join(t, NULL);
    return sum + h;
}
