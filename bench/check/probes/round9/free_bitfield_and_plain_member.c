/* TRUTH: free. The bit-field flag and the following non-bit-field member count are separate memory locations, so writing them from different threads does not conflict. */
#include <pthread.h>
#include <stdio.h>

static struct {
    unsigned flag : 1;
    unsigned char count;
} st;

static void *set_flag(void *arg) { (void)arg; st.flag = 1; return NULL; }
static void *set_count(void *arg) { (void)arg; st.count = 9; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_flag, NULL);
    pthread_create(&b, NULL, set_count, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", st.flag, st.count);
    return 0;
}
