/* TRUTH: free — the two threads write different (non-bit-field) char members of one struct; distinct members are distinct memory locations */
#include <pthread.h>

struct status {
    char left;
    char right;
    short pad;
};

struct status st;

void *set_left(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++)
        st.left = (char)(st.left + 1);
    return 0;
}

void *set_right(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++)
        st.right = (char)(st.right + 2);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, set_left, 0);
    pthread_create(&b, 0, set_right, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return st.left == 50 && st.right == 100 ? 0 : 1;
}
