/* TRUTH: race-free. Thread A only updates st.hits[0], thread B only st.hits[1]: different
   array elements are different memory locations; main reads after joining both. */
#include <pthread.h>
#include <stdio.h>

struct stats {
    long hits[2];
    long grid[2][2];
};

static struct stats st;

static void *left(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        st.hits[0]++;
        st.grid[0][1] += i;
    }
    return NULL;
}

static void *right(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        st.hits[1]++;
        st.grid[1][1] += i;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, left, NULL);
    pthread_create(&b, NULL, right, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld %ld\n", st.hits[0], st.hits[1], st.grid[1][1]);
    return 0;
}
