/* TRUTH: race-free. clearer memsets only st.counts (its own bytes), writer only writes st.name[0]; the two members are distinct memory locations, so the threads never touch the same bytes. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct stats {
    int counts[4];
    char name[8];
} st;

void *clearer(void *arg)
{
    (void)arg;
    memset(st.counts, 0, sizeof st.counts);
    return NULL;
}

void *writer(void *arg)
{
    (void)arg;
    st.name[0] = 'x';
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, clearer, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %c\n", st.counts[0], st.name[0]);
    return 0;
}
