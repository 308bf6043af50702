/* TRUTH: race-free. C11 call_once on one static once_flag: build_table runs exactly once and both threads read `table` only after their call_once returned (which synchronizes with the completion of build_table). */
#include <stdio.h>
#include <threads.h>

static once_flag flag = ONCE_FLAG_INIT;
static int table[8];

static void build_table(void)
{
    for (int i = 0; i < 8; i++)
        table[i] = i * i;
}

static int user(void *arg)
{
    (void)arg;
    call_once(&flag, build_table);
    printf("%d\n", table[7]);
    return 0;
}

int main(void)
{
    thrd_t a, b;
    thrd_create(&a, user, NULL);
    thrd_create(&b, user, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return 0;
}
