// An increment is a write however its operator is spelled: ++ in front of a macro whose
// expansion starts with its argument (++ID(g), ++FIELD(s)), or split by a line splice
// (+\<newline>+). Each races with the other thread's read; the analysis once read the
// operator from the text between the expression's start and its operand's, found no
// operator there, and took these for reads.
#include <pthread.h>

#define ID(a) a
#define FIELD(o) o.v
#define BUMP(x) ++ID(x)

int g, h, k;
struct {
    int v;
} s;

static void *bump(void *arg)
{
    (void)arg;
    ++ID(g);   // RACE
    ++FIELD(s); // RACE
    BUMP(k);   // RACE
    +\
+h; // RACE
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, bump, NULL);
    int sum = g + s.v + k; // RACE
    sum += h;              // RACE
    pthread_join(t, NULL);
    return sum;
}
