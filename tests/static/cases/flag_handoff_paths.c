// A flag hand-off holds only for what its storer did before every store on every path: a
// store in a loop's earlier iteration, before a goto back, or in a helper called before and
// after, comes before the next pass's writes; another storer or a wait loop that can end
// without seeing the flag orders nothing (stores through pointers: flag_handoff_ptr.c). One
// flag per waiter: a waiter that saw two flags of one storer is ordered by the later one.
#include <pthread.h>
#include <stdatomic.h>

static atomic_int loop_flag, brk_flag, goto_flag, help_flag, main_flag, quit_flag;
static int loop_data, brk_data, goto_data, help_data, main_data, quit_data;

static void *loop_producer(void *a)
{
    (void)a;
    for (int i = 0; i < 2; i++) {
        loop_data = i; // RACE (possible): the second iteration writes after the first store
        atomic_store(&loop_flag, 1);
    }
    return 0;
}

static void *brk_producer(void *a)
{
    (void)a;
    int phase = 0;
    while (1) {
        if (phase == 1)
            break;
        atomic_store(&brk_flag, 1);
        phase = 1;
    }
    brk_data = 3; // RACE (possible): after the loop, so after the store
    return 0;
}

static void *goto_producer(void *a)
{
    int round = (int)(long)a;
again:
    if (round == 0) {
        atomic_store(&goto_flag, 1);
        round = 1;
        goto again;
    } else {
        goto_data = 2; // RACE (possible): taken on the pass after the store
    }
    return 0;
}

static void put(void)
{
    help_data++; // RACE (possible): its second call comes after the store
}

static void *help_producer(void *a)
{
    (void)a;
    put();
    atomic_store(&help_flag, 1);
    put();
    return 0;
}

static void *main_producer(void *a)
{
    (void)a;
    main_data = 1; // RACE (possible): main stores the flag too, the waiter may see main's store
    atomic_store(&main_flag, 1);
    return 0;
}

static void *quit_producer(void *a)
{
    (void)a;
    quit_data = 1; // RACE (possible): the waiter may give up before the store
    atomic_store(&quit_flag, 1);
    return 0;
}

static void *loop_waiter(void *a)
{
    (void)a;
    while (!atomic_load(&loop_flag))
        ;
    return (void *)(long)loop_data;
}

static void *brk_waiter(void *a)
{
    (void)a;
    while (!atomic_load(&brk_flag))
        ;
    return (void *)(long)brk_data;
}

static void *goto_waiter(void *a)
{
    (void)a;
    while (!atomic_load(&goto_flag))
        ;
    return (void *)(long)goto_data;
}

static void *help_waiter(void *a)
{
    (void)a;
    while (!atomic_load(&help_flag))
        ;
    return (void *)(long)help_data;
}

static void *main_waiter(void *a)
{
    (void)a;
    while (!atomic_load(&main_flag))
        ;
    return (void *)(long)main_data;
}

static void *quit_waiter(void *a)
{
    (void)a;
    int tries = 0;
    while (!atomic_load(&quit_flag))
        if (++tries > 1000)
            break;
    return (void *)(long)quit_data;
}

int main(void)
{
    pthread_t t[12];
    pthread_create(&t[0], 0, loop_producer, 0);
    pthread_create(&t[1], 0, brk_producer, 0);
    pthread_create(&t[2], 0, goto_producer, 0);
    pthread_create(&t[3], 0, help_producer, 0);
    pthread_create(&t[4], 0, main_producer, 0);
    pthread_create(&t[5], 0, quit_producer, 0);
    pthread_create(&t[6], 0, loop_waiter, 0);
    pthread_create(&t[7], 0, brk_waiter, 0);
    pthread_create(&t[8], 0, goto_waiter, 0);
    pthread_create(&t[9], 0, help_waiter, 0);
    pthread_create(&t[10], 0, main_waiter, 0);
    pthread_create(&t[11], 0, quit_waiter, 0);
    atomic_store(&main_flag, 1);
    for (int i = 0; i < 12; i++)
        pthread_join(t[i], 0);
    return 0;
}
