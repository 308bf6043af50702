// A helper that ends the thread on its parameter (leave_if(c) { if (!c) pthread_exit(0); })
// ends every run alike when its caller passes a value every run computes alike: a const
// object, a function that only returns a constant, a local array's or struct's element
// given constants, a constant converted. What follows is then not surely reached (possible,
// not definite). Passed a value that differs from run to run on a failure (an allocation's
// null), it is an error path: what follows is reached (definite); on a trylock's answer,
// either of which is a normal run, it is not. A noreturn call as the operand of && or || that always
// runs (1 && die(), 0 || die()) ends the path.
#include <pthread.h>
#include <stdlib.h>

extern int nondet(void);
_Noreturn static void die(void) { abort(); }

struct opts {
    int on;
};

static const int QUIT = 0;
static int a, b, c, d, e, f, g, h;

static int zero(void) { return 0; }
static void leave_if(int v) { if (!v) pthread_exit(0); }
static void leave_if_byte(unsigned char v) { if (!v) pthread_exit(0); }

static void *by_const(void *arg)
{
    (void)arg;
    leave_if(QUIT);
    a = 1; // RACE (possible): never reached, but not proved so
    leave_if(zero());
    return NULL;
}

static void *by_locals(void *arg)
{
    (void)arg;
    int arr[2] = {0, 5};
    struct opts o = {0};
    int big = 256;
    leave_if(arr[0]);
    b = 1; // RACE (possible): never reached, but not proved so
    leave_if(o.on);
    leave_if_byte(big);
    return NULL;
}

static pthread_mutex_t busy = PTHREAD_MUTEX_INITIALIZER;

static void *by_input(void *arg)
{
    (void)arg;
    int *p = malloc(sizeof *p);
    leave_if(p != NULL); /* (leave_if(v) leaves when v is 0: here when the allocation failed) */
    free(p);
    c = 1; // RACE (definite): an error path, reached on the runs that pass it
    /* A trylock that finds the lock taken is a normal run, not a failure: leaving then is
     * no error path. */
    int r = pthread_mutex_trylock(&busy);
    leave_if(r == 0);
    pthread_mutex_unlock(&busy);
    h = 1; // RACE (possible)
    /* (a value a call not seen returns may be what another thread wrote, as a global's is:
     * leaving on it is an assumption, a wait, and what follows a possible race:
     * exit_helper_shared.c) */
    leave_if(nondet());
    g = 1; // RACE (possible)
    return NULL;
}

static void *and_die(void *arg)
{
    (void)arg;
    (void)(1 && (die(), 0));
    d = 1; // NORACE: never runs
    return NULL;
}

static void *or_die(void *arg)
{
    (void)arg;
    (void)(0 || (die(), 0));
    e = 1; // NORACE: never runs
    return NULL;
}

static void *or_maybe(void *arg)
{
    (void)arg;
    (void)(nondet() || (die(), 0));
    f = 1; // RACE (definite): reached when nondet() is nonzero
    return NULL;
}

int main(void)
{
    pthread_t t[6];
    pthread_create(&t[0], NULL, by_const, NULL);
    pthread_create(&t[1], NULL, by_locals, NULL);
    pthread_create(&t[2], NULL, by_input, NULL);
    pthread_create(&t[3], NULL, and_die, NULL);
    pthread_create(&t[4], NULL, or_die, NULL);
    pthread_create(&t[5], NULL, or_maybe, NULL);
    a = b = c = g = h = 2;
    d = e = f = 2;
    for (int i = 0; i < 6; i++)
        pthread_join(t[i], NULL);
    return 0;
}
